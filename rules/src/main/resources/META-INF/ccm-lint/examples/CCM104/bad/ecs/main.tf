# The task definition Harness deploys: ECS is given the execution role below.
resource "aws_ecs_task_definition" "web" {
  family             = "web"
  execution_role_arn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
  container_definitions = jsonencode([{
    name  = "web"
    image = "public.ecr.aws/nginx/nginx:1.27"
  }])
}
