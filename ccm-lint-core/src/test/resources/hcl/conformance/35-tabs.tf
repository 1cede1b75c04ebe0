a	=	1
block	"x"	{
	b	=	"tab\tinside"
	c = [	1,	2	]
}
